package dev.rex.suites;

import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.dsl.Validator;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.ValidationException;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.testing.DatabaseTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records are validated against their table's constraints and the application's rules. */
public abstract class ValidationSuite extends DatabaseTest {

  private static final Validator<ArtistRecord> NOT_BLANK =
      (artist, violations) -> {
        if (artist.getName() != null && artist.getName().isBlank()) {
          violations.add(ARTIST.NAME, "not blank", "An artist's name must not be blank.");
        }
      };

  private int artist(String name) {
    ArtistRecord artist = db.newRecord(ARTIST).setName(name);
    artist.store();
    return artist.getArtistId();
  }

  @Test
  void anInvalidRecordIsRejectedWithEveryViolationBeforeAnySqlIsSent() {
    AlbumRecord album =
        db.newRecord(ALBUM).setTitle("x".repeat(161)).setPrice(new BigDecimal("-0.5"));

    assertThatThrownBy(album::insert)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::column, Violation::constraint)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("title", "length <= 160"),
                      org.assertj.core.groups.Tuple.tuple("artist_id", "not null"),
                      org.assertj.core.groups.Tuple.tuple("price", "album_price_check"));
              assertThat(e.getMessage())
                  .startsWith("Nothing was written to album: 3 rules are broken.\n")
                  .contains(
                      "album.artist_id must be set: the column is not null and has no default.")
                  .contains(
                      "album.price must satisfy price >= 0 (check album_price_check), but is -0.5.");
            });
    assertThatThrownBy(album::store).isInstanceOf(ValidationException.class);

    assertThat(statements).isEmpty();
    assertThat(db.fetchCount(ALBUM)).isZero();
  }

  @Test
  void anUpdateThatBreaksAConstraintLeavesTheRowAsItWas() {
    AlbumRecord album = db.newRecord(ALBUM).setTitle("Blue").setArtistId(artist("Joni"));
    album.store();
    statements.clear();

    album.setTitle(null).setPrice(new BigDecimal("123456789.00"));

    assertThat(album.validate())
        .extracting(Violation::constraint)
        .containsExactly("not null", "numeric(10, 2)");
    assertThatThrownBy(album::store).isInstanceOf(ValidationException.class);
    assertThat(statements).isEmpty();
    assertThat(db.fetchById(ALBUM, album.getAlbumId()).orElseThrow().getTitle()).isEqualTo("Blue");
  }

  @Test
  void aBatchInsertWithOneBadRecordWritesNothing() {
    int joni = artist("Joni");
    statements.clear();
    List<AlbumRecord> albums =
        List.of(
            new AlbumRecord().setTitle("Blue").setArtistId(joni),
            new AlbumRecord()
                .setTitle("Hejira")
                .setArtistId(joni)
                .setPrice(BigDecimal.ONE.negate()),
            new AlbumRecord().setArtistId(joni));

    assertThatThrownBy(() -> db.batchInsert(albums))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::constraint)
                    .containsExactly("album_price_check", "not null"));
    assertThat(statements).isEmpty();
    assertThat(db.fetchCount(ALBUM)).isZero();
  }

  @Test
  void registeredRulesRunOnTheSamePathAsDeclaredConstraints() {
    try (Rex ruled =
        Rex.connect(
            url,
            settings()
                .withValidator(ARTIST, NOT_BLANK)
                .withValidator(
                    ARTIST,
                    Validator.field(
                        ARTIST.NAME,
                        "no shouting",
                        name -> !name.equals(name.toUpperCase(java.util.Locale.ROOT)),
                        "An artist's name must not be all capitals.")))) {
      ArtistRecord blank = ruled.newRecord(ARTIST).setName("  ");
      assertThat(blank.validate())
          .extracting(Violation::constraint)
          .containsExactly("not blank", "no shouting");
      assertThatThrownBy(blank::insert)
          .hasMessage(
              "Nothing was written to artist: 2 rules are broken.\n"
                  + "  An artist's name must not be blank.\n"
                  + "  An artist's name must not be all capitals.");
      assertThatThrownBy(
              () -> ruled.transaction(tx -> tx.batchInsert(new ArtistRecord().setName("ABBA"))))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("all capitals");

      ruled.newRecord(ARTIST).setName("Abba").store();
      ruled.transaction(tx -> tx.newRecord(ARTIST).setName("Björk").store());
      assertThat(db.newRecord(ARTIST).setName("  ").validate()).isEmpty(); // other instance
    }
    assertThat(statements).hasSize(2);
    assertThat(db.fetchCount(ARTIST)).isEqualTo(2);
  }

  @Test
  void aValidRecordIsWrittenAndTheDatabaseAgrees() {
    AlbumRecord album =
        db.newRecord(ALBUM)
            .setTitle("x".repeat(160))
            .setArtistId(artist("Joni"))
            .setPrice(new BigDecimal("99999999.99"));

    assertThat(album.validate()).isEmpty();
    album.store();

    assertThat(db.fetchById(ALBUM, album.getAlbumId()).orElseThrow().getPrice())
        .isEqualByComparingTo("99999999.99");
  }
}
