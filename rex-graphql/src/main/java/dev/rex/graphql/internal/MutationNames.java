package dev.rex.graphql.internal;

/**
 * The names of the {@code Mutation} root's fields, arguments and input types around each entity
 * ({@code Album}): {@code createAlbum}, {@code createAlbums}, {@code updateAlbum}, {@code
 * updateAlbums}, {@code deleteAlbum}, {@code deleteAlbums}, {@code upsertAlbum}; {@code
 * AlbumInput}, {@code AlbumPatch}, {@code AlbumKey}, {@code AlbumRelate}, {@code AlbumListPatch},
 * {@code AlbumKeyedPatch} and the enum {@code AlbumUniqueKey}.
 */
final class MutationNames {

  static final String MUTATION = "Mutation";
  static final String INPUT = "input";
  static final String INPUTS = "inputs";
  static final String PATCH = "patch";
  static final String ON_CONFLICT = "onConflict";
  static final String CONNECT = "connect";
  static final String CREATE = "create";
  static final String UPDATE = "update";
  static final String DELETE = "delete";
  static final String KEY = "key";
  static final String PRIMARY_KEY = "PRIMARY_KEY";

  private MutationNames() {}

  static String createOne(Entity entity) {
    return "create" + entity.typeName();
  }

  static String createMany(Entity entity) {
    return "create" + capitalized(entity.listField());
  }

  static String updateOne(Entity entity) {
    return "update" + entity.typeName();
  }

  static String updateMany(Entity entity) {
    return "update" + capitalized(entity.listField());
  }

  static String deleteOne(Entity entity) {
    return "delete" + entity.typeName();
  }

  static String deleteMany(Entity entity) {
    return "delete" + capitalized(entity.listField());
  }

  static String upsert(Entity entity) {
    return "upsert" + entity.typeName();
  }

  /** {@code AlbumInput}: a new row, with its new children and its parents. */
  static String input(String typeName) {
    return typeName + "Input";
  }

  /** {@code AlbumPatch}: changes to an existing row and its children. */
  static String patch(String typeName) {
    return typeName + "Patch";
  }

  /** {@code AlbumKey}: the primary key's values. */
  static String key(String typeName) {
    return typeName + "Key";
  }

  /** {@code AlbumRelate}: connect a row to an existing Album by key, or to a new one. */
  static String relate(String typeName) {
    return typeName + "Relate";
  }

  /** {@code AlbumListPatch}: rows of a to-many relation to create, update and delete. */
  static String listPatch(String typeName) {
    return typeName + "ListPatch";
  }

  /** {@code AlbumKeyedPatch}: one related row, by key, and its changes. */
  static String keyedPatch(String typeName) {
    return typeName + "KeyedPatch";
  }

  /** {@code AlbumUniqueKey}: the keys an upsert may find an existing row by. */
  static String uniqueKey(String typeName) {
    return typeName + "UniqueKey";
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
