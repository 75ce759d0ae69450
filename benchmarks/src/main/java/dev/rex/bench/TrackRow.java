package dev.rex.bench;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A track as the JDBC and jOOQ benchmarks read it: a plain Java record. */
public record TrackRow(
    int trackId,
    String name,
    @Nullable Integer albumId,
    int mediaTypeId,
    @Nullable Integer genreId,
    @Nullable String composer,
    int milliseconds,
    @Nullable Integer bytes,
    BigDecimal unitPrice) {}
