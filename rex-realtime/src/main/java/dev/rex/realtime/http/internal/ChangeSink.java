package dev.rex.realtime.http.internal;

import dev.rex.realtime.Change;
import dev.rex.realtime.SubscriptionEnd;

/** Where a client's subscription sends its changes, whatever the table's record type. */
interface ChangeSink {

  void change(Change<?> change);

  void end(SubscriptionEnd end);
}
