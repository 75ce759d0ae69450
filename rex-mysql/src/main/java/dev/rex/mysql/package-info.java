/**
 * The MySQL and MariaDB dialect: {@link dev.rex.mysql.MysqlDialect}, found by {@code
 * dev.rex.dsl.spi.Dialects} through {@code META-INF/services}. Adding the {@code dev.rex:rex-mysql}
 * dependency is all an application does.
 */
@NullMarked
package dev.rex.mysql;

import org.jspecify.annotations.NullMarked;
