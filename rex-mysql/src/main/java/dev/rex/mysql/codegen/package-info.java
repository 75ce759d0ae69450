/**
 * MySQL and MariaDB for {@code rex:generate} and {@code rex:realtime}: {@link
 * dev.rex.mysql.codegen.MysqlTarget}, found by the plugin through {@code META-INF/services} when
 * rex-mysql is one of the plugin's dependencies. Applications never load this package.
 */
@NullMarked
package dev.rex.mysql.codegen;

import org.jspecify.annotations.NullMarked;
