package dev.rex.migrate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@link Migrations#info()}: an applied or pending migration.
 *
 * @param version the version, or {@code null} for a repeatable migration
 * @param description the description from the file name
 * @param type {@code SQL}, {@code BASELINE}, …
 * @param state {@code Success}, {@code Pending}, {@code Failed}, {@code Missing}, …
 * @param script the file name, as recorded or resolved
 * @param checksum the checksum recorded when applied, else the file's, or {@code null}
 * @param installedOn when it was applied, or {@code null} when pending
 * @param executionTime how long it took, or {@code null} when pending
 */
public record MigrationInfoRow(
    @Nullable String version,
    String description,
    String type,
    String state,
    String script,
    @Nullable Integer checksum,
    @Nullable Instant installedOn,
    @Nullable Duration executionTime) {

  private static final DateTimeFormatter INSTALLED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final String[] HEADERS = {
    "Version", "Description", "Type", "State", "Checksum", "Installed on (UTC)", "Time"
  };

  /** Whether the migration has been applied successfully. */
  public boolean applied() {
    return installedOn != null && state.startsWith("Success");
  }

  /**
   * {@code rows} as a plain-text table, one string per line: a header, a rule, then one line per
   * migration, columns padded to their widest value.
   */
  public static List<String> formatTable(List<MigrationInfoRow> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADERS);
    for (MigrationInfoRow row : rows) {
      cells.add(row.cells());
    }
    int[] widths = new int[HEADERS.length];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    List<String> out = new ArrayList<>();
    out.add(join(HEADERS, widths));
    String[] rule = new String[HEADERS.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    out.add(join(rule, widths));
    for (int i = 1; i < cells.size(); i++) {
      out.add(join(cells.get(i), widths));
    }
    if (rows.isEmpty()) {
      out.add("(no migrations)");
    }
    return out;
  }

  private String[] cells() {
    return new String[] {
      version == null ? "" : version,
      description,
      type,
      state,
      checksum == null ? "" : Integer.toString(checksum),
      installedOn == null ? "" : INSTALLED.format(installedOn),
      executionTime == null ? "" : executionTime.toMillis() + " ms"
    };
  }

  private static String join(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder("| ");
    for (int i = 0; i < cells.length; i++) {
      line.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" | ");
    }
    return line.toString().stripTrailing();
  }
}
