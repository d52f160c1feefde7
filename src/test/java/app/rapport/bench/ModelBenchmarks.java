package app.rapport.bench;

import app.rapport.model.Channel;
import app.rapport.model.Closeness;
import app.rapport.model.ClosenessInputs;
import app.rapport.model.ClosenessScore;
import app.rapport.model.ContactChannel;
import app.rapport.model.Direction;
import app.rapport.model.Interaction;
import app.rapport.model.ModelParameters;
import app.rapport.model.Ready10;
import app.rapport.model.Ready10Candidate;
import app.rapport.model.Ready10Result;
import app.rapport.model.Reconnect;
import app.rapport.model.ReconnectCandidate;
import app.rapport.model.ReconnectPicks;
import app.rapport.model.Relevance;
import app.rapport.model.TieHistory;
import app.rapport.model.Tier;
import app.rapport.model.Warmth;
import app.rapport.model.WarmthReading;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Micro-benchmarks of the pure model, the code every page's advice runs through: reading one tie's
 * warmth from its history, scoring closeness, the reconnect pick among the 200 dormant ties Today
 * ranks, and the Ready-10 assessment of 200 candidates. Run by {@code bench/run --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBenchmarks {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private Warmth warmth;
  private Closeness closeness;
  private Reconnect reconnect;
  private Ready10 ready10;
  private TieHistory history;
  private ClosenessInputs closenessInputs;
  private List<ReconnectCandidate> reconnectCandidates;
  private List<Ready10Candidate> readyCandidates;

  @Setup
  public void setUp() {
    ModelParameters parameters = ModelParameters.defaults();
    warmth = new Warmth(parameters);
    closeness = new Closeness(parameters);
    reconnect = new Reconnect(parameters);
    ready10 = new Ready10(parameters);
    SplittableRandom random = new SplittableRandom(7);
    Channel[] channels = Channel.values();
    Direction[] directions = Direction.values();
    List<Interaction> interactions = new ArrayList<>();
    LocalDate day = TODAY.minusYears(3);
    for (int i = 0; i < 60; i++) {
      interactions.add(
          new Interaction(
              day,
              channels[random.nextInt(channels.length)],
              directions[random.nextInt(directions.length)]));
      day = day.plusDays(10 + random.nextInt(20));
    }
    history = new TieHistory(Tier.CLOSE, null, TODAY.minusYears(8), interactions);
    closenessInputs = new ClosenessInputs(null, 0.6, 14, 8.5, 0.4, 12, 3);
    reconnectCandidates = new ArrayList<>();
    readyCandidates = new ArrayList<>();
    Tier[] tiers = Tier.values();
    for (int i = 0; i < 200; i++) {
      Relevance relevance =
          new Relevance(random.nextBoolean(), random.nextInt(3) == 0, random.nextInt(5) == 0);
      List<ContactChannel> ways =
          random.nextBoolean()
              ? List.of(ContactChannel.personalEmail(), ContactChannel.linkedIn())
              : List.of(ContactChannel.workEmail(true));
      reconnectCandidates.add(
          new ReconnectCandidate(
              i,
              relevance,
              random.nextDouble(),
              random.nextDouble(),
              random.nextDouble(),
              random.nextDouble(),
              ways,
              random.nextDouble() * 0.2,
              random.nextInt(50) == 0));
      readyCandidates.add(
          new Ready10Candidate(
              i,
              relevance,
              random.nextDouble(),
              random.nextDouble(),
              random.nextDouble(),
              random.nextDouble() * 10,
              ways,
              tiers[random.nextInt(tiers.length)],
              random.nextInt(4) == 0,
              random.nextInt(6) == 0,
              random.nextInt(8) == 0,
              random.nextInt(50) == 0));
    }
  }

  @Benchmark
  public WarmthReading warmthRead() {
    return warmth.read(history, TODAY);
  }

  @Benchmark
  public ClosenessScore closenessScore() {
    return closeness.score(closenessInputs);
  }

  @Benchmark
  public ReconnectPicks reconnectPick200() {
    return reconnect.pick(reconnectCandidates, true, TODAY.toEpochDay());
  }

  @Benchmark
  public Ready10Result ready10Assess200() {
    return ready10.assess(readyCandidates, true, true);
  }

  /** Runs these benchmarks in a forked JVM and answers their scores for results.json. */
  static Map<String, Object> run(Path out) throws Exception {
    BenchRun.log("JMH: the model's micro-benchmarks (1 fork, 3 x 1 s warm-up, 5 x 1 s measured)");
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(ModelBenchmarks.class.getName() + "\\.")
                    .forks(1)
                    .warmupIterations(3)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(1))
                    .jvmArgs("-Xmx256m")
                    .result(out.resolve("jmh.json").toString())
                    .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
                    .build())
            .run();
    Map<String, Object> json = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      var primary = result.getPrimaryResult();
      Map<String, Object> score = new LinkedHashMap<>();
      score.put("score", LoadDriver.round(primary.getScore()));
      score.put("error", LoadDriver.round(primary.getScoreError()));
      score.put("unit", primary.getScoreUnit());
      json.put(name, score);
    }
    return json;
  }
}
