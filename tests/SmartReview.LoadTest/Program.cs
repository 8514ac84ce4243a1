using SmartReview.LoadTest;

// A bounded load test of POST /api/check: sign in, warm up, then a fixed number of requests; see README.md.
LoadOptions options = LoadOptions.Parse(args);
byte[][] settlements = SyntheticSettlements.Generate(options.Settlements);
Console.WriteLine($"{settlements.Length:N0} synthetic settlements, mean {settlements.Average(s => s.Length):N0} bytes");
using HttpClient client = await LoadRun.SignedInAsync(options);
var run = new LoadRun(client, settlements, options.Concurrency);
await run.RunAsync(options.Warmup, offset: 0);
LatencyReport report = await run.RunAsync(options.Requests, offset: options.Warmup);
report.Print(options);
return report.Statuses.Keys.All(s => s == 200) ? 0 : 1;
