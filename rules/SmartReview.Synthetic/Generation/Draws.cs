namespace SmartReview.Synthetic.Generation;

/// <summary>Random draws the generator needs beyond <see cref="Random"/>.</summary>
internal static class Draws
{
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static double Between(this Random rng, double low, double high) => low + (high - low) * rng.NextDouble();

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(this Random rng)
    {
        double u = 1.0 - rng.NextDouble();
        double v = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A log-normal draw with the given median and log-scale spread.</summary>
    public static double LogNormal(this Random rng, double median, double sigma) => median * Math.Exp(sigma * rng.Normal());

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
