using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Functions.Tests.Infra;

/// <summary>
/// infra/azure/main.bicep compiled by the Bicep CLI (from its NuGet package), with the app settings of its two sites
/// read at the parameters' defaults: literal values, <c>parameters('x')</c> and <c>format('{0}-…', parameters('x'))</c>
/// are evaluated, anything else is kept as written.
/// </summary>
internal sealed partial class CompiledTemplate(JsonNode template)
{
    public JsonNode Json => template;

    /// <summary>The web host's app settings.</summary>
    public IReadOnlyDictionary<string, string> Host => Settings(Site(template), template, Defaults(template));

    /// <summary>The Functions app's app settings (the nested deployment of functions.bicep).</summary>
    public IReadOnlyDictionary<string, string> Functions
    {
        get
        {
            JsonNode deployment = Resources(template).Single(r => Type(r) == "Microsoft.Resources/deployments");
            JsonNode inner = deployment["properties"]!["template"]!;
            IReadOnlyDictionary<string, string> outer = Defaults(template);
            var passed = deployment["properties"]!["parameters"]!.AsObject()
                .ToDictionary(p => p.Key, p => Evaluate(p.Value!["value"]!.ToString(), outer));
            return Settings(Site(inner), inner, passed);
        }
    }

    public static async Task<(int Exit, CompiledTemplate? Template, string Diagnostics)> BuildAsync(string file, CancellationToken cancel)
    {
        string bicep = typeof(CompiledTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!
            .Replace('\\', '/');
        if (!OperatingSystem.IsWindows())
        {
            // A package extraction may not keep the executable bit.
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(bicep, ["build", file, "--stdout"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancel);
        string errors = await process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        string json = await output;
        return (process.ExitCode, process.ExitCode == 0 ? new CompiledTemplate(JsonNode.Parse(json)!) : null, errors.Trim());
    }

    private static IEnumerable<JsonNode> Resources(JsonNode t) => t["resources"] is JsonArray a ? a.Select(r => r!) : t["resources"]!.AsObject().Select(p => p.Value!);

    private static string Type(JsonNode r) => r["type"]!.GetValue<string>();

    private static JsonNode Site(JsonNode t) => Resources(t).Single(r => Type(r) == "Microsoft.Web/sites");

    private static Dictionary<string, string> Defaults(JsonNode t) => t["parameters"]!.AsObject()
        .Where(p => p.Value!["defaultValue"] is not null)
        .ToDictionary(p => p.Key, p => p.Value!["defaultValue"]!.ToString());

    private static Dictionary<string, string> Settings(JsonNode site, JsonNode t, IReadOnlyDictionary<string, string> parameters) =>
        site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => Evaluate(s!["value"]!.ToString(), parameters));

    private static string Evaluate(string value, IReadOnlyDictionary<string, string> parameters)
    {
        if (ParameterOnly().Match(value) is { Success: true } p && parameters.TryGetValue(p.Groups[1].Value, out string? v))
        {
            return v;
        }

        if (FormatOne().Match(value) is { Success: true } f && parameters.TryGetValue(f.Groups[2].Value, out string? arg))
        {
            return f.Groups[1].Value.Replace("{0}", arg, StringComparison.Ordinal);
        }

        return value;
    }

    [GeneratedRegex(@"^\[parameters\('(\w+)'\)\]$")]
    private static partial Regex ParameterOnly();

    [GeneratedRegex(@"^\[format\('([^']*)', parameters\('(\w+)'\)\)\]$")]
    private static partial Regex FormatOne();
}
