/** JMH benchmarks of opis's pipelines, run on demand (see README, "Speed and memory"). */
package org.opis.bench;
