package cs; import java.sql.*;
public class JdbcPg { public static void main(String[] a) throws Exception { try (Connection c=DriverManager.getConnection(System.getProperty("pg")); PreparedStatement ps=c.prepareStatement("select name from item where id=?")) { ps.setLong(1,1); try(ResultSet rs=ps.executeQuery()){ rs.next(); T.report("jdbc", rs.getString(1)); } } } }
