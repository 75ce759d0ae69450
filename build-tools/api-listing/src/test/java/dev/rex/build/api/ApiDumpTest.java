package dev.rex.build.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.build.api.fixture.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDumpTest {

  /** The listing of the fixture package; see the fixtures for what each line stands for. */
  static final String FIXTURE_LISTING =
      """
      public enum dev.rex.build.api.fixture.Color
        public static final dev.rex.build.api.fixture.Color GREEN erased Ldev/rex/build/api/fixture/Color;
        public static final dev.rex.build.api.fixture.Color RED erased Ldev/rex/build/api/fixture/Color;
        public static dev.rex.build.api.fixture.Color valueOf(java.lang.String) erased (Ljava/lang/String;)Ldev/rex/build/api/fixture/Color;
        public static dev.rex.build.api.fixture.Color[] values() erased ()[Ldev/rex/build/api/fixture/Color;

      public record dev.rex.build.api.fixture.Point
        public Point(int, int) erased (II)V
        public final boolean equals(java.lang.Object) erased (Ljava/lang/Object;)Z
        public final int hashCode() erased ()I
        public final java.lang.String toString() erased ()Ljava/lang/String;
        public int x() erased ()I
        public int y() erased ()I

      public interface dev.rex.build.api.fixture.Shape<T extends java.lang.Number> : java.lang.Comparable<dev.rex.build.api.fixture.Shape<T>>
        public static final int CORNERS erased I
        public T area() erased ()Ljava/lang/Number;
        public default java.lang.String name() erased ()Ljava/lang/String;
        public static java.lang.String unit() erased ()Ljava/lang/String;

      public final class dev.rex.build.api.fixture.Square : dev.rex.build.api.fixture.Shape<java.lang.Integer>, java.io.Serializable
        public static final int SIDES erased I
        protected java.lang.String label erased Ljava/lang/String;
        public final int side erased I
        public Square(int) erased (I)V
        public java.lang.Integer area() erased ()Ljava/lang/Integer;
        public int compareTo(dev.rex.build.api.fixture.Shape<java.lang.Integer>) erased (Ldev/rex/build/api/fixture/Shape;)I
        public <E extends java.lang.Exception> void copyTo(java.util.List<? super java.lang.Integer>, java.lang.Class<E>) throws E erased (Ljava/util/List;Ljava/lang/Class;)V
        public java.lang.String describe() erased ()Ljava/lang/String;
        public long[][] grid(double, char, byte, short, float, boolean) erased (DCBSFZ)[[J
        public default boolean hidden() erased ()Z
        public static dev.rex.build.api.fixture.Square of(int...) erased ([I)Ldev/rex/build/api/fixture/Square;

      public static final class dev.rex.build.api.fixture.Square$Builder
        public Square$Builder() erased ()V
        public final <T> dev.rex.build.api.fixture.Square$Builder with(java.util.List<T>...) erased ([Ljava/util/List;)Ldev/rex/build/api/fixture/Square$Builder;

      public class dev.rex.build.api.fixture.Square$Inner
        public Square$Inner(dev.rex.build.api.fixture.Square) erased (Ldev/rex/build/api/fixture/Square;)V

      """;

  /** The classes of the fixture package (not of its internal subpackage). */
  static List<Class<?>> fixtureClasses() {
    return ApiListing.classesBeside(Color.class).stream()
        .filter(c -> c.getPackageName().equals("dev.rex.build.api.fixture"))
        .toList();
  }

  @Test
  void listsPublicTypesAndMembersWithGenericAndErasedSignatures() {
    assertThat(ApiDump.dump(fixtureClasses())).isEqualTo(FIXTURE_LISTING);
  }

  @Test
  void leavesOutPackagePrivatePrivateAnonymousAndSyntheticTypesAndMembers() {
    String listing = ApiDump.dump(fixtureClasses());

    assertThat(listing)
        .doesNotContain("Helper", "Base", "Hidden", "Invisible", "notListed", "secret")
        .doesNotContain("packagePrivate", "serialVersionUID", "lambda$", "Square$1");
  }

  @Test
  void isTheSameWhateverOrderTheClassesComeIn() {
    List<Class<?>> classes = new java.util.ArrayList<>(fixtureClasses());
    String listing = ApiDump.dump(classes);
    java.util.Collections.reverse(classes);

    assertThat(ApiDump.dump(classes)).isEqualTo(listing);
  }

  @Test
  void writesTypesAsSourceWouldWithBinaryNames() throws Exception {
    java.lang.reflect.Method with =
        dev.rex.build.api.fixture.Square.Builder.class.getMethod("with", List[].class);

    assertThat(ApiDump.typeName(with.getGenericParameterTypes()[0]))
        .isEqualTo("java.util.List<T>[]");
    assertThat(ApiDump.typeName(java.util.Map.Entry.class)).isEqualTo("java.util.Map$Entry");
  }
}
