package dev.rex.bench;

/** An album as the JDBC and jOOQ benchmarks read it: a plain Java record. */
public record AlbumRow(int albumId, String title, int artistId) {}
