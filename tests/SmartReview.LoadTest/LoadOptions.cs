namespace SmartReview.LoadTest;

/// <summary>The load test's settings: where, as whom, how many requests after how many warm-up ones, how many at once.</summary>
internal sealed record LoadOptions(Uri Url, string User, int Requests, int Warmup, int Concurrency, int Settlements)
{
    public static LoadOptions Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        return new LoadOptions(new Uri(Arg("--url", "http://127.0.0.1:5080")), Arg("--user", "sup-1"), int.Parse(Arg("--requests", "20000")),
            int.Parse(Arg("--warmup", "1000")), int.Parse(Arg("--concurrency", "8")), int.Parse(Arg("--settlements", "2000")));
    }
}
