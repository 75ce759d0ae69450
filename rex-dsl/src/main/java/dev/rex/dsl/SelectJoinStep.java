package dev.rex.dsl;

/**
 * A SELECT after FROM, which may join more tables.
 *
 * @param <R> the record type of a row
 */
public interface SelectJoinStep<R extends Record> extends SelectWhereStep<R> {

  /** {@code join table}: an inner join. */
  SelectOnStep<R> join(Table<?> table);

  /** {@code join table}: an inner join. */
  SelectOnStep<R> innerJoin(Table<?> table);

  /** {@code left join table}. */
  SelectOnStep<R> leftJoin(Table<?> table);

  /** {@code right join table}. */
  SelectOnStep<R> rightJoin(Table<?> table);

  /** {@code full join table}. */
  SelectOnStep<R> fullJoin(Table<?> table);

  /** {@code cross join table}. */
  SelectJoinStep<R> crossJoin(Table<?> table);
}
