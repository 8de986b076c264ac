package dev.redline.read;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a piece of work kept alive while it was watched: the heap in use right after each
 * garbage collection, the largest of them. Unlike the peak of the pools, which counts garbage not yet
 * collected (a young generation may fill half the heap with it), this is what the work really held,
 * so it says how near it came to running out. Work that never needed a collection held at most what
 * the young generation holds, and measures 0 here. Watching starts with a full collection.
 */
final class HeapWatch implements AutoCloseable {
  private final List<NotificationEmitter> emitters = collectedFirst() ? ManagementFactory.getGarbageCollectorMXBeans().stream()
      .map(GarbageCollectorMXBean.class::cast).filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList() : List.of();
  private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
  private final long[] collectedBefore = heap.stream().mapToLong(HeapWatch::afterLastCollection).toArray();
  private final AtomicLong most = new AtomicLong();
  private final NotificationListener listener = this::collected;

  /**
   * Starts from a collected heap, so that the old generation's garbage from earlier work (which a
   * young collection leaves in place) is not counted as this work's.
   */
  private static boolean collectedFirst() {
    System.gc();
    return true;
  }

  HeapWatch() {
    for (NotificationEmitter emitter : emitters) {
      emitter.addNotificationListener(listener, null, null);
    }
  }

  private void collected(Notification notification, Object handback) {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
      most.accumulateAndGet(used, Math::max);
    }
  }

  private static long afterLastCollection(MemoryPoolMXBean pool) {
    return pool.getCollectionUsage().getUsed();
  }

  /**
   * The most heap in use after a collection, in bytes, so far: from the notifications received, and
   * from the pools' usage after their last collection (read at once, should its notification still
   * be on its way).
   */
  long mostKept() {
    long last = 0;
    boolean collected = false;
    for (int i = 0; i < heap.size(); i++) {
      long after = afterLastCollection(heap.get(i));
      last += after;
      collected |= after != collectedBefore[i];
    }
    return Math.max(most.get(), collected ? last : 0);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // never added
      }
    }
  }
}
