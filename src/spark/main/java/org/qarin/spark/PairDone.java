package org.qarin.spark;

import java.io.Serializable;

/**
 * A pair an executor finished (or failed): its task and its {@code result.json} text, which is all
 * the driver needs for the summaries; a few hundred bytes, whatever the reports weigh.
 */
record PairDone(PairTask task, String result) implements Serializable {}
