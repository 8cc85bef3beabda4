package org.opis.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.opis.batch.LineJob;

/**
 * opis on a cluster: reads text files of reference strings or archival citations (one a line, any
 * number of files, any size; glob patterns and every file system Beam knows — local, HDFS, GCS, S3)
 * and writes JSON Lines, one record per non-blank line, exactly as {@code opis parse --lines
 * --format jsonl} and {@code opis archival --format json} write them (both call {@link LineJob}).
 * Output order is not the input order (it never is on a cluster); each record carries its input
 * ({@code raw} or {@code input}).
 *
 * <p>Run on any Beam runner: the DirectRunner in tests, Spark, Flink or Dataflow on a cluster
 * (README, "Scale-out"). Beam is a {@code provided} dependency: the job's own classpath brings it.
 */
public final class ReferencePipeline {

    private ReferencePipeline() {
    }

    /** The job's options: {@code --input=GLOB --output=PREFIX --job=ARCHIVAL|REFERENCES}. */
    public interface Options extends PipelineOptions {
        @Description("files to read, one reference string or archival citation a line (a glob)")
        @Validation.Required
        String getInput();

        void setInput(String value);

        @Description("output prefix; shards are written as PREFIX-00000-of-0000N.jsonl")
        @Validation.Required
        String getOutput();

        void setOutput(String value);

        @Description("what each line holds: ARCHIVAL (archival citations) or REFERENCES (reference strings)")
        @Default.Enum("REFERENCES")
        LineJob getJob();

        void setJob(LineJob value);
    }

    /** The transform: non-blank lines in, JSON lines out. Usable inside a larger pipeline. */
    public static PTransform<PCollection<String>, PCollection<String>> records(LineJob job) {
        return new Records(job);
    }

    /** Builds the whole pipeline (read, records, write) for these options. */
    public static Pipeline build(Options options) {
        Pipeline p = Pipeline.create(options);
        p.apply("Read", TextIO.read().from(options.getInput()))
                .apply("Records", records(options.getJob()))
                .apply("Write", TextIO.write().to(options.getOutput()).withSuffix(".jsonl"));
        return p;
    }

    public static void main(String[] args) {
        Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        PipelineResult.State state = build(options).run().waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            System.err.println("opis pipeline: finished in state " + state);
            System.exit(2);
        }
    }

    private static final class Records extends PTransform<PCollection<String>, PCollection<String>> {
        private static final long serialVersionUID = 1L;
        private final LineJob job;

        Records(LineJob job) {
            this.job = job;
        }

        @Override
        public PCollection<String> expand(PCollection<String> lines) {
            return lines.apply(ParDo.of(new ReadLine(job)));
        }
    }

    /** One record per non-blank line; the engine and parser are shared per worker JVM and thread-safe. */
    static final class ReadLine extends DoFn<String, String> {
        private static final long serialVersionUID = 1L;
        private final LineJob job;

        ReadLine(LineJob job) {
            this.job = job;
        }

        @ProcessElement
        public void process(@Element String line, OutputReceiver<String> out) {
            if (LineJob.wanted(line)) out.output(job.apply(line));
        }
    }
}
