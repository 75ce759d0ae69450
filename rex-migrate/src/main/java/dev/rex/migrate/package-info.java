/**
 * Rex's migration engine, built on Flyway's free edition: {@link dev.rex.migrate.Migrations}
 * applies, lists, validates, undoes, repairs and baselines Flyway SQL migrations, and {@link
 * dev.rex.migrate.MigrationFiles} creates new ones. The Maven goals ({@code rex:migrate}, {@code
 * rex:info}, …) and {@code Rex.migrate} at application start both run on it.
 */
@NullMarked
package dev.rex.migrate;

import org.jspecify.annotations.NullMarked;
