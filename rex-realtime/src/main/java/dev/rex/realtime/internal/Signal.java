package dev.rex.realtime.internal;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A wake-up that is not lost: {@link #wake()} before {@link #await} makes the wait return at once.
 */
public final class Signal {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition woken = lock.newCondition();
  private boolean pending;

  public void wake() {
    lock.lock();
    try {
      pending = true;
      woken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for a wake-up, at most {@code timeout}, and consumes it.
   *
   * @return whether a wake-up came (rather than the timeout)
   */
  public boolean await(Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (!pending && nanos > 0) {
        nanos = woken.awaitNanos(nanos);
      }
      boolean was = pending;
      pending = false;
      return was;
    } finally {
      lock.unlock();
    }
  }

  /** Waits {@code timeout} unless woken earlier, without consuming the wake-up. */
  public void sleep(Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (!pending && nanos > 0) {
        nanos = woken.awaitNanos(nanos);
      }
    } finally {
      lock.unlock();
    }
  }
}
