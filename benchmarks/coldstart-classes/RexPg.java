package cs; import dev.rex.Rex; import static cs.db.Tables.ITEM;
public class RexPg { public static void main(String[] a) throws Exception { try (Rex db = Rex.connect(System.getProperty("pg"))) { String n = db.selectFrom(ITEM).where(ITEM.ID.eq(1)).fetchOne().getName(); T.report("rex", n); } } }
