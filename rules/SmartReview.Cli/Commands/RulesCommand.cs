using System.CommandLine;
using SmartReview.Cli.Output;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;

namespace SmartReview.Cli.Commands;

/// <summary><c>rules list|validate|diff</c>: what a pack holds, whether it is valid, and what changed between two versions.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var language = CommonOptions.Language();
        var pack = CommonOptions.Pack();
        var list = new Command("list", "List a pack's rules") { pack, language };
        list.SetAction(result => Run(result, language, () => List(result.GetValue(pack)!)));

        var path = new Argument<string>("pack") { Description = "Pack file" };
        var validate = new Command("validate", "Validate a pack and its knowledge") { path, language };
        validate.SetAction(result => Run(result, language, () => Validate(result.GetValue(path)!)));

        var before = new Argument<string>("before") { Description = "Older pack file" };
        var after = new Argument<string>("after") { Description = "Newer pack file" };
        var diff = new Command("diff", "Show what changed between two pack versions") { before, after, language };
        diff.SetAction(result => Run(result, language, () => Diff(result.GetValue(before)!, result.GetValue(after)!)));

        return new Command("rules", "Rule packs: list, validate, diff") { list, validate, diff };
    }

    private static int Run(ParseResult result, Option<string> language, Func<int> action)
    {
        CommonOptions.Apply(result, language);
        return action();
    }

    private static int List(string path)
    {
        CompiledPack? pack = PackFiles.TryLoad(path);
        if (pack is null)
        {
            return ExitCodes.PackInvalid;
        }

        RulesView.List(pack);
        return ExitCodes.Ok;
    }

    private static int Validate(string path)
    {
        CompiledPack? pack = PackFiles.TryLoad(path);
        if (pack is null)
        {
            return ExitCodes.PackInvalid;
        }

        Console.WriteLine(CliText.Format("PackValid", pack.Label, pack.Rules.Count, pack.Source.Knowledge.Count));
        return ExitCodes.Ok;
    }

    private static int Diff(string beforePath, string afterPath)
    {
        CompiledPack? before = PackFiles.TryLoad(beforePath), after = PackFiles.TryLoad(afterPath);
        if (before is null || after is null)
        {
            return ExitCodes.PackInvalid;
        }

        RulesView.Diff(before.Source, after.Source, PackDiff.Between(before.Source, after.Source));
        return ExitCodes.Ok;
    }
}
