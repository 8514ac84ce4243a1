using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartReview.Application.Cases;
using SmartReview.Application.Ledger;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Pages.Facility;

/// <summary>
/// The facility portal: what the signed-in facility owes (due, received and outstanding by kind, month and case, from
/// its own ledger), and its own cases (read from its own partition only), those awaiting its answer first, with their
/// settlement, person, discharge date and deadline; a closed case with its final outcome and what it made due,
/// received and leaves outstanding, from the same ledger. A search by settlement or person looks through every stage.
/// </summary>
internal sealed class IndexModel(ICaseQueries queries, ICaseStore cases, SignedIn signedIn) : PageModel
{
    private const int PageSize = 100;
    private Dictionary<string, CaseBalance>? _balances;

    public static IReadOnlyList<Stage?> Stages { get; } = [Review.Stage.Appeal, null, Review.Stage.FirstReview, Review.Stage.ReReview, Review.Stage.Panel, Review.Stage.FinalDecision, Review.Stage.Closed];

    [BindProperty(SupportsGet = true)]
    public Stage? Stage { get; set; }

    /// <summary>Every stage, closed cases included.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Settlement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    public string FacilityId { get; private set; } = "";

    public CasePage Cases { get; private set; } = new([], null);

    /// <summary>What the facility owes, from its own ledger.</summary>
    public Owed Owed { get; private set; } = Owed.Of("", []);

    /// <summary>Whether a settlement or person was searched for.</summary>
    public bool Searching => !string.IsNullOrWhiteSpace(Settlement) || !string.IsNullOrWhiteSpace(Person);

    /// <summary>This page's query without the continuation, to page on from.</summary>
    public string Query => Parameters(Stage is null ? ("all", "true") : ("stage", Stage.ToString()));

    /// <summary>The flags export of this list (the export keeps a facility to its own cases).</summary>
    public string ExportLink => "/api/exports/flags.xlsx" + Parameters(("stage", Stage?.ToString()));

    private string Parameters((string Name, string? Value) tab) =>
        Microsoft.AspNetCore.Http.QueryString.Create(new (string Name, string? Value)[] { tab, ("settlement", Trimmed(Settlement)), ("person", Trimmed(Person)) }
            .Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Name, p.Value))).ToString();

    public async Task OnGetAsync(CancellationToken cancel)
    {
        FacilityId = signedIn.Actor(User)!.FacilityId!;
        Stage = All || Searching ? null : Stage ?? Review.Stage.Appeal;
        Owed = Owed.Of(FacilityId, await cases.LedgerAsync(FacilityId, null, cancel));
        var query = new CaseQuery(Stage, FacilityId, null, PageSize, string.IsNullOrEmpty(After) ? null : After)
        {
            SettlementId = Trimmed(Settlement),
            PersonId = Trimmed(Person),
        };
        Cases = await queries.FacilityCasesAsync(query, cancel);
    }

    /// <summary>What a case made due and what came back of it, from the facility's ledger; null when it made nothing due.</summary>
    public CaseBalance? Balance(string caseId) =>
        (_balances ??= Owed.Cases.ToDictionary(b => b.CaseId, StringComparer.Ordinal)).GetValueOrDefault(caseId);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
