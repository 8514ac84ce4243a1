using System.CommandLine;
using SmartReview.Cli.Commands;

var root = new RootCommand("SmartReview — 医保智能审核 / medical-insurance claim review")
{
    GenerateCommand.Create(),
    ScoreCommand.Create(),
    ExplainCommand.Create(),
    RulesCommand.Create(),
    KnowledgeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
