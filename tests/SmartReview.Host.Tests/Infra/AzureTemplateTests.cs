using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace SmartReview.Host.Tests.Infra;

/// <summary>
/// infra/azure/main.bicep compiled by the Bicep CLI (from its NuGet package): it builds without a diagnostic, and the
/// host it deploys has the production settings — tokens, demo users off, forwarded headers, the key-ring certificate,
/// storage by identity with table, blob and queue data roles only.
/// </summary>
public sealed class AzureTemplateTests
{
    [Fact]
    public async Task MainBicep_Builds_WithTheHostsProductionSettings()
    {
        (int exit, string json, string diagnostics) = await BuildAsync(Path.Combine(RepoPaths.Root, "infra", "azure", "main.bicep"));

        Assert.True(exit == 0 && diagnostics.Length == 0, $"bicep exit {exit}: {diagnostics}");
        JsonNode template = JsonNode.Parse(json)!;
        JsonNode site = template["resources"]!.AsArray().Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Web/sites")!;
        Dictionary<string, string> settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.ToJsonString());
        Assert.Equal("\"http://0.0.0.0:8080\"", settings["Urls"]);
        Assert.Superset(new HashSet<string>(["Storage__AccountName", "Storage__Prefix", "Auth__Authority", "Auth__Audience", "Auth__DemoUsersEnabled",
            "Auth__KeyCertificate", "WEBSITE_LOAD_CERTIFICATES", "ASPNETCORE_FORWARDEDHEADERS_ENABLED"]), settings.Keys.ToHashSet());
        Assert.DoesNotContain(settings.Keys, k => k.Contains("ConnectionString", StringComparison.Ordinal) && k.StartsWith("Storage", StringComparison.Ordinal));
        Assert.False(template["parameters"]!["demoUsersEnabled"]!["defaultValue"]!.GetValue<bool>());
        Assert.Equal(["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "ba92f5b4-2d11-453d-a403-e96b0029c9fe"],
            template["variables"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
    }

    private static async Task<(int Exit, string Json, string Diagnostics)> BuildAsync(string file)
    {
        string bicep = typeof(AzureTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!
            .Replace('\\', '/');
        if (!OperatingSystem.IsWindows())
        {
            // A package extraction may not keep the executable bit.
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(bicep, ["build", file, "--stdout"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, errors.Trim());
    }
}
