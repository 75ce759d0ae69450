/** The example plugin of docs/plugins.md, compiled and tested with the build. */
package dev.rex.examples.plugin;
