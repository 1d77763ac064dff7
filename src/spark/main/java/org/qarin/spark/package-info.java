/**
 * qarin on Apache Spark, for archives beyond one machine: {@link org.qarin.spark.BatchJob} runs
 * {@code qarin batch} over a manifest, with the same options and byte-identical results. Spark and
 * Hadoop are {@code provided}: this package is compiled only by the {@code spark} Maven profile,
 * and {@code target/qarin.jar} is the application jar given to {@code spark-submit}. Inputs and
 * outputs go through Hadoop's {@code FileSystem}, so {@code file://}, {@code hdfs://} and (with the
 * hadoop-aws package a cluster adds) {@code s3a://} paths work.
 */
package org.qarin.spark;
