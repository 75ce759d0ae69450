package dev.rex.dsl;

/**
 * The part of a date or time that {@link DSL#extract(Field, DatePart)} reads, as an integer. The
 * numbering is jOOQ's: {@link #DAY_OF_WEEK} counts from 1 for Sunday to 7 for Saturday, {@link
 * #DAY_OF_YEAR} from 1, and {@link #SECOND} is the whole seconds (a fraction is dropped).
 */
public enum DatePart {
  YEAR,
  MONTH,
  DAY,
  HOUR,
  MINUTE,
  SECOND,
  DAY_OF_WEEK,
  DAY_OF_YEAR
}
