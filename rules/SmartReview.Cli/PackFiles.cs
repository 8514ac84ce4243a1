using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using Spectre.Console;

namespace SmartReview.Cli;

/// <summary>Loads a pack for a command, printing every validation error when it is invalid.</summary>
internal static class PackFiles
{
    public static CompiledPack? TryLoad(string path)
    {
        try
        {
            return PackCompiler.Load(path);
        }
        catch (PackLoadException e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(CliText.Format("PackInvalid", path, e.Errors.Count))}[/]");
            foreach (PackError error in e.Errors)
            {
                AnsiConsole.WriteLine("  " + error);
            }

            return null;
        }
        catch (IOException e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(CliText.Format("PackUnreadable", path, e.Message))}[/]");
            return null;
        }
    }
}
