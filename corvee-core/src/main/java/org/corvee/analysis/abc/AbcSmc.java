package org.corvee.analysis.abc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.ReplicateMean;
import org.corvee.analysis.experiment.Prior;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.engine.RandomStreams;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (population Monte Carlo;
 * Toni et al. 2009, Beaumont et al. 2009).
 *
 * <p>Generation 0 draws N particles from the prior and accepts all. Generation t ≥ 1 sets its
 * tolerance ε_t to the weighted α-quantile of generation t−1's distances (lowered to the
 * largest distance below ε_{t−1} when ties would keep it equal), then proposes: pick
 * an ancestor by weight, perturb it with {@link PerturbationKernel}; a point outside the prior
 * support is discarded and the whole proposal (ancestor included) is drawn again, which makes
 * the proposal the kernel mixture truncated to the support with one global constant, so the
 * untruncated kernel in the weights is exact. Accepted particles (distance ≤ ε_t) get weight
 * π(θ) / Σ_j W_j K(θ | θ_j).
 *
 * <p>Determinism: proposals are drawn in batches ({@link #batchSize}); every draw of proposal p of generation t
 * is keyed by (seed, purpose, p, t), and acceptance is decided in proposal order, so the result
 * is the same on any number of workers and after a resume. After each generation the
 * particles go to the {@link ParticleSink}, then to the {@link Checkpoint}.
 *
 * <p>Replicates: with {@link AbcSettings#replicates()} K &gt; 1 each proposal is run with K seeds
 * (replicate 0 is the proposal's own seed, the others derived from it by {@link ReplicateMean})
 * and its distance is taken on the mean statistics, which cuts seed noise in the distance by
 * about √K. All K runs of a batch go to the executor together, so they run in parallel like any
 * others (locally or on Spark); K = 1 is the calibration without replicates, bit for bit.
 */
public final class AbcSmc {
    private static final int MAX_ATTEMPTS = 100_000;
    private final List<ParameterPrior> priors;
    private final RunSpec base;
    private final Distance distance;
    private final AbcSettings settings;
    private final RandomStreams random;

    /** A calibration of {@code priors} around the base run {@code base}. */
    public AbcSmc(List<ParameterPrior> priors, RunSpec base, Distance distance, AbcSettings settings) {
        if (priors.isEmpty()) {
            throw new IllegalArgumentException("no parameters to calibrate");
        }
        this.priors = List.copyOf(priors);
        this.base = base;
        this.distance = distance;
        this.settings = settings;
        this.random = new RandomStreams(settings.seed());
    }

    /** Text identifying this calibration; a checkpoint is resumed only by the same one. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(settings.fingerprint()).append(" scenario=").append(base.scenario())
                .append(" base=").append(base.overrides());
        for (ParameterPrior p : priors) {
            sb.append(' ').append(p.text());
        }
        return sb.toString();
    }

    /**
     * Runs (or, if {@code resume} holds a generation, continues) the calibration until
     * {@code settings.generations()}, the run budget or the minimum tolerance is reached.
     */
    public AbcResult run(Executor executor, ParticleSink sink, Checkpoint checkpoint, List<Generation> resume,
                         AbcListener listener) {
        List<Generation> done = new ArrayList<>(resume);
        int runsTotal = done.isEmpty() ? 0 : done.get(done.size() - 1).runsTotal();
        int spent = runsTotal;
        String stop = "reached " + settings.generations() + " generations";
        List<String> params = new ArrayList<>();
        priors.forEach(p -> params.add(p.key()));
        sink.resumeAfter(done.size() - 1, params, done.isEmpty() ? List.of() : done.get(0).statNames());
        for (int t = done.size(); t < settings.generations(); t++) {
            Generation prev = t == 0 ? null : done.get(t - 1);
            double eps = t == 0 ? Double.POSITIVE_INFINITY : nextEpsilon(prev);
            if (prev != null && prev.epsilon() <= settings.minEpsilon()) {
                stop = "tolerance reached " + prev.epsilon();
                break;
            }
            if (runsTotal >= settings.budget()) {
                stop = "run budget of " + settings.budget() + " used";
                break;
            }
            listener.started(t, eps);
            Generation g = generation(t, eps, prev, runsTotal, executor, sink, listener);
            if (g == null) {
                // a generation comes back incomplete only once the whole budget is spent
                spent = settings.budget();
                stop = "run budget of " + settings.budget() + " used during generation " + t + " (discarded)";
                break;
            }
            runsTotal = g.runsTotal();
            spent = runsTotal;
            checkpoint.write(fingerprint(), priors, g, done);
            done.add(g);
            listener.finished(g);
        }
        if (done.isEmpty()) {
            throw new ExperimentException("the run budget did not allow one complete generation");
        }
        return new AbcResult(done, stop, spent);
    }

    private Generation generation(int t, double eps, Generation prev, int runsBefore, Executor executor,
                                  ParticleSink sink, AbcListener listener) {
        int n = settings.particles();
        PerturbationKernel kernel = prev == null ? null : kernel(prev);
        List<Particle> accepted = new ArrayList<>();
        List<double[]> acceptedStats = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        List<String> statNames = prev == null ? null : prev.statNames();
        int runs = 0;
        while (accepted.size() < n) {
            int room = settings.budget() - runsBefore - runs;
            if (room <= 0) {
                return null;
            }
            int batch = Math.min(batchSize(n, accepted.size(), runs), room);
            List<double[]> thetas = new ArrayList<>();
            List<RunSpec> specs = new ArrayList<>();
            for (int j = 0; j < batch; j++) {
                int p = runs + j;
                double[] theta = prev == null ? fromPrior(p) : fromKernel(p, t, prev, kernel);
                thetas.add(theta);
                specs.add(spec(theta, p, t));
            }
            int before = runs;
            int reps = settings.replicates();
            List<RunSpec> all = new ArrayList<>(specs.size() * reps);
            specs.forEach(s -> all.addAll(ReplicateMean.specs(s, reps)));
            List<RunSummary> out = ReplicateMean.perSpec(
                    executor.run(all, (d, total) -> listener.ran(t, before + d / reps)), reps);
            for (int j = 0; j < batch; j++) {
                RunSummary s = out.get(j);
                if (statNames == null) {
                    statNames = s.names();
                }
                double d = distance.of(s);
                boolean ok = accepted.size() < n && d <= eps;
                double[] stats = new double[statNames.size()];
                for (int k = 0; k < stats.length; k++) {
                    stats[k] = s.value(statNames.get(k));
                }
                double w = ok ? (prev == null ? 1.0 : weight(thetas.get(j), prev, kernel)) : 0.0;
                if (ok) {
                    accepted.add(new Particle(thetas.get(j), w, d, stats));
                }
                proposals.add(new Proposal(t, runs + j, values(thetas.get(j)), d, ok, w, stats));
            }
            runs += batch;
            listener.progress(t, accepted.size(), n, runs);
        }
        double sum = 0;
        for (Particle p : accepted) {
            sum += p.weight();
        }
        List<Particle> normalised = new ArrayList<>();
        for (Particle p : accepted) {
            normalised.add(new Particle(p.theta(), p.weight() / sum, p.distance(), p.stats()));
        }
        List<Proposal> stored = new ArrayList<>();
        for (Proposal p : proposals) {
            stored.add(p.accepted() ? new Proposal(p.generation(), p.number(), p.values(), p.distance(), true,
                    p.weight() / sum, p.stats()) : p);
        }
        Generation g = new Generation(t, eps, normalised, runs, runsBefore + runs, statNames);
        sink.generation(g, stored, priors);
        return g;
    }

    /**
     * Runs in the next batch: N first; then as many as this generation's acceptance so far
     * predicts for the particles still missing (× 1.1), at least N/10 and at most N. It depends
     * only on counts, never on the executor, so batches (and results) are the same everywhere.
     */
    static int batchSize(int n, int accepted, int runs) {
        if (runs == 0 || accepted == 0) {
            return n;
        }
        double rate = (double) accepted / runs;
        int predicted = (int) Math.ceil((n - accepted) / rate * 1.1);
        return Math.max((n + 9) / 10, Math.min(n, predicted));
    }

    private double[] fromPrior(int p) {
        long key = random.stream("abc.prior");
        double[] theta = new double[priors.size()];
        for (int k = 0; k < theta.length; k++) {
            Prior prior = priors.get(k).prior();
            for (int a = 0; ; a++) {
                if (a >= MAX_ATTEMPTS) {
                    throw new ExperimentException(priors.get(k).key() + ": cannot draw inside the allowed range");
                }
                int draw = (a * priors.size() + k) * 2;
                double w = prior.sample(RandomStreams.uniform(key, p, 0, draw), RandomStreams.uniform(key, p, 0, draw + 1));
                if (prior.density(w) > 0) {
                    theta[k] = w;
                    break;
                }
            }
        }
        return theta;
    }

    private double[] fromKernel(int p, int t, Generation prev, PerturbationKernel kernel) {
        long pick = random.stream("abc.ancestor");
        long move = random.stream("abc.kernel");
        double[] w = prev.weights();
        int d = priors.size();
        for (int a = 0; a < MAX_ATTEMPTS; a++) {
            double u = RandomStreams.uniform(pick, p, t, a);
            int anc = 0;
            double cum = w[0];
            while (cum <= u && anc < w.length - 1) {
                anc++;
                cum += w[anc];
            }
            double[] z = new double[d];
            for (int k = 0; k < d; k++) {
                z[k] = RandomStreams.normal(move, p, t, a * d + k);
            }
            double[] theta = kernel.perturb(prev.particles().get(anc).theta(), z);
            if (priorDensity(theta) > 0) {
                return theta;
            }
        }
        throw new ExperimentException("generation " + t + ": no proposal inside the prior support after "
                + MAX_ATTEMPTS + " attempts");
    }

    private double weight(double[] theta, Generation prev, PerturbationKernel kernel) {
        // log-sum-exp: a kernel density can underflow for a narrow kernel in many dimensions
        List<Particle> ps = prev.particles();
        double[] logs = new double[ps.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(ps.get(i).weight()) + kernel.logDensity(theta, ps.get(i).theta());
            max = Math.max(max, logs[i]);
        }
        double s = 0;
        for (double l : logs) {
            s += Math.exp(l - max);
        }
        return priorDensity(theta) * Math.exp(-(max + Math.log(s)));
    }

    private double priorDensity(double[] theta) {
        double dens = 1;
        for (int k = 0; k < theta.length; k++) {
            dens *= priors.get(k).prior().density(theta[k]);
        }
        return dens;
    }

    private PerturbationKernel kernel(Generation prev) {
        double[][] pts = new double[prev.particles().size()][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = prev.particles().get(i).theta();
        }
        double[] floor = new double[priors.size()];
        for (int k = 0; k < floor.length; k++) {
            double[] col = prev.column(k);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double x : col) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            floor[k] = Math.max(1e-9, Math.max(hi - lo, Math.abs(hi) * 1e-6) * 0.1);
        }
        return new PerturbationKernel(pts, prev.weights(), floor);
    }

    private RunSpec spec(double[] theta, int p, int t) {
        TreeMap<String, Double> o = new TreeMap<>();
        double[] v = values(theta);
        for (int k = 0; k < v.length; k++) {
            o.put(priors.get(k).key(), v[k]);
        }
        long seed = RandomStreams.bits(random.stream("abc.model"), p, t, 0) >>> 11;
        return base.with(p, o, 0, seed);
    }

    /** Parameter values of a working-space point. */
    public double[] values(double[] theta) {
        double[] v = new double[theta.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = priors.get(k).prior().value(theta[k]);
        }
        return v;
    }

    /**
     * The weighted α-quantile of the distances; if ties (whole-number distances) keep it at the
     * current tolerance, the largest distance below the current tolerance, so that the schedule
     * always decreases.
     */
    private double nextEpsilon(Generation prev) {
        double[] d = distances(prev);
        double q = WeightedSample.quantile(d, prev.weights(), settings.quantile());
        if (q < prev.epsilon()) {
            return q;
        }
        double below = Double.NEGATIVE_INFINITY;
        for (double x : d) {
            if (x < prev.epsilon()) {
                below = Math.max(below, x);
            }
        }
        return below == Double.NEGATIVE_INFINITY ? q : below;
    }

    private static double[] distances(Generation g) {
        double[] d = new double[g.particles().size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = g.particles().get(i).distance();
        }
        return d;
    }
}
