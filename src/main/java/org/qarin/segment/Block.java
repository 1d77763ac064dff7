package org.qarin.segment;

/** A stretch of analysis text that the SRX rules split further: a paragraph or a hard line. */
record Block(int start, int end, int paragraph) {}
