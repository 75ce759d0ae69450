package dev.rex.graphql.safety.internal;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The counts of a parsed document that graphql-java's own validation limits do not cover: aliases
 * and root fields of the operation to run.
 *
 * <p>Algorithm: a fragment's alias count is computed once and memoized (the same for its root
 * fields), then added at every place the fragment is spread, so the count matches what execution
 * would see while the work stays linear in the document's size (a "fragment bomb" that doubles at
 * every level costs no more than its text). Sums saturate at {@link #SATURATED} instead of
 * overflowing. A fragment that spreads itself (invalid, refused later by validation) counts as
 * empty where it recurs.
 *
 * <p>When the document has several operations and no operation name picks one, the counts are the
 * largest over all operations (graphql-java will refuse such a request anyway).
 */
final class OperationShape {

  static final long SATURATED = Long.MAX_VALUE / 4;

  private final Map<String, FragmentDefinition> fragments = new HashMap<>();
  private final Map<String, Long> fragmentAliases = new HashMap<>();
  private final Map<String, Long> fragmentRootFields = new HashMap<>();
  private final Set<String> visiting = new HashSet<>();

  private long aliases;
  private long rootFields;

  private OperationShape() {}

  /** Measures the operation {@code operationName} selects in {@code document}. */
  static OperationShape of(Document document, @Nullable String operationName) {
    OperationShape shape = new OperationShape();
    List<OperationDefinition> operations = new ArrayList<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof FragmentDefinition fragment) {
        shape.fragments.put(fragment.getName(), fragment);
      } else if (definition instanceof OperationDefinition operation) {
        operations.add(operation);
      }
    }
    for (OperationDefinition operation : selected(operations, operationName)) {
      shape.measure(operation);
    }
    return shape;
  }

  /** The aliased fields of the operation, each fragment counted at every spread. */
  long aliases() {
    return aliases;
  }

  /** The fields selected at the operation's root, through fragments too. */
  long rootFields() {
    return rootFields;
  }

  private static List<OperationDefinition> selected(
      List<OperationDefinition> operations, @Nullable String operationName) {
    if (operationName == null || operationName.isEmpty()) {
      return operations;
    }
    return operations.stream().filter(op -> operationName.equals(op.getName())).toList();
  }

  private void measure(OperationDefinition operation) {
    aliases = Math.max(aliases, aliasesIn(operation.getSelectionSet()));
    rootFields = Math.max(rootFields, fieldsAtTopOf(operation.getSelectionSet()));
  }

  private long aliasesIn(@Nullable SelectionSet selectionSet) {
    if (selectionSet == null) {
      return 0;
    }
    long count = 0;
    for (Selection<?> selection : selectionSet.getSelections()) {
      count = add(count, aliasesIn(selection));
    }
    return count;
  }

  private long aliasesIn(Selection<?> selection) {
    if (selection instanceof Field field) {
      return add(field.getAlias() == null ? 0 : 1, aliasesIn(field.getSelectionSet()));
    }
    if (selection instanceof InlineFragment inline) {
      return aliasesIn(inline.getSelectionSet());
    }
    if (selection instanceof FragmentSpread spread) {
      return aliasesInFragment(spread.getName());
    }
    return 0;
  }

  private long aliasesInFragment(String name) {
    Long known = fragmentAliases.get(name);
    if (known != null) {
      return known;
    }
    FragmentDefinition fragment = fragments.get(name);
    if (fragment == null || !visiting.add(name)) {
      return 0;
    }
    long count = aliasesIn(fragment.getSelectionSet());
    visiting.remove(name);
    fragmentAliases.put(name, count);
    return count;
  }

  private long fieldsAtTopOf(@Nullable SelectionSet selectionSet) {
    if (selectionSet == null) {
      return 0;
    }
    long count = 0;
    for (Selection<?> selection : selectionSet.getSelections()) {
      count = add(count, fieldsAtTopOf(selection));
    }
    return count;
  }

  private long fieldsAtTopOf(Selection<?> selection) {
    if (selection instanceof Field) {
      return 1;
    }
    if (selection instanceof InlineFragment inline) {
      return fieldsAtTopOf(inline.getSelectionSet());
    }
    if (selection instanceof FragmentSpread spread) {
      return fieldsAtTopOfFragment(spread.getName());
    }
    return 0;
  }

  private long fieldsAtTopOfFragment(String name) {
    Long known = fragmentRootFields.get(name);
    if (known != null) {
      return known;
    }
    FragmentDefinition fragment = fragments.get(name);
    if (fragment == null || !visiting.add(name)) {
      return 0;
    }
    long count = fieldsAtTopOf(fragment.getSelectionSet());
    visiting.remove(name);
    fragmentRootFields.put(name, count);
    return count;
  }

  private static long add(long a, long b) {
    return Math.min(SATURATED, a + b);
  }
}
