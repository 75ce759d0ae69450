/** JMH benchmarks: Rex against hand-written JDBC and jOOQ on Chinook. */
package dev.rex.bench;
