package org.qarin.spark;

import java.io.Serializable;

/**
 * A pair as the executors receive it: plain strings, since a {@code java.nio.file.Path} is not
 * serialisable and may not even name a local file. {@code source} and {@code target} are locations
 * as reports name them (see {@link HadoopFiles#path}).
 */
record PairTask(
    int index, String id, String source, String target, org.qarin.model.Rendering.Choice rendering)
    implements Serializable {}
