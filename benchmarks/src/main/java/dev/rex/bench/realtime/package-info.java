/** Load runs of rex-realtime: change throughput and commit-to-delivery latency. */
package dev.rex.bench.realtime;
