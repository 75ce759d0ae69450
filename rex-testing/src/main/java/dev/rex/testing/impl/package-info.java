/** The machinery behind {@link dev.rex.testing.RexTest}; not an API. */
@NullMarked
package dev.rex.testing.impl;

import org.jspecify.annotations.NullMarked;
