using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartReview.Application.Cases;
using SmartReview.Application.Evidence;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Host.Api;
using SmartReview.Host.Auth;
using SmartReview.Host.Web;
using SmartReview.Review;
using SmartReview.Rules.Settlements;

namespace SmartReview.Host.Pages.Cases;

/// <summary>
/// One case: the flag and its rule, the settlement, the timeline, and the decision forms of the current stage for the
/// signed-in user. A facility user opens its own facility's cases only; any other key is "not found".
/// </summary>
internal sealed class DetailModel(ICaseStore cases, CaseCommandHandler handler, AssignmentHandler claims, NextCase next, SettlementArchive settlements,
    EvidenceUpload evidence, IEvidenceFiles evidenceFiles, EvidenceSettings evidenceLimits, VoteVisibility votes, ReviewSettings review, SignedIn signedIn, IStringLocalizer<Ui> texts)
    : PageModel
{
    /// <summary>The most files one appeal or contest form takes.</summary>
    public const int MaxFiles = 5;

    private CaseKey _key;

    public string Key { get; private set; } = "";

    public ReviewCase Case { get; private set; } = null!;

    public IReadOnlyList<CaseEvent> Events { get; private set; } = [];

    public Actor Me { get; private set; } = null!;

    /// <summary>Whether the other members' votes are kept from this panel member until they vote (<see cref="VoteVisibility"/>).</summary>
    public bool VotesHidden { get; private set; }

    /// <summary>The panel's tally: votes cast, of how many members, and how many make a majority.</summary>
    public (int Cast, int Size, int Majority) Tally { get; private set; }

    /// <summary>This panel member's own vote, once cast.</summary>
    public PanelVote? MyVote => Case.Votes.FirstOrDefault(v => v.MemberId == Me.Id);

    /// <summary>Who has the case in hand in its current stage, if anyone.</summary>
    public CaseAssignment? Assignment { get; private set; }

    /// <summary>The flagged settlement, when the batch that raised the flag kept it.</summary>
    public Settlement? Settlement { get; private set; }

    /// <summary>The evidence limits, for the form's hint and file picker.</summary>
    public EvidenceSettings EvidenceLimits => evidenceLimits;

    /// <summary>Files uploaded with a decision that was then refused: offered again, checked, so they need not be picked again.</summary>
    public IReadOnlyList<EvidenceRef> Kept { get; private set; } = [];

    /// <summary>Why the last decision was refused, in the reader's language.</summary>
    public string? Error { get; private set; }

    /// <summary>The form field the error is about ("amount", "reason", "statement", "evidence"; "note" and "attach" on the reviewer's evidence form), shown beside it and focused; null for the form as a whole.</summary>
    public string? ErrorField { get; private set; }

    [BindProperty]
    public DecisionForm Form { get; set; } = new();

    /// <summary>The ranges a fine or suspension must keep, for the final-decision and correction forms.</summary>
    public SanctionRules SanctionRules => review.SanctionRules;

    /// <summary>
    /// The field a refusal is about: the receipt form for a refused receipt; the sanctions for a final decision or
    /// correction that carries any and is refused for an amount or a sanction; the amount, the statement of an appeal
    /// when it is empty, else the reason.
    /// </summary>
    private string? FieldOf(RejectionCode code, string decision) => code switch
    {
        _ when decision == "receipt" => "receipt",
        RejectionCode.InvalidAmount or RejectionCode.InvalidSanction when decision is "finalise" or "correct" && !Form.Sanctions().IsEmpty => "sanctions",
        RejectionCode.InvalidAmount => "amount",
        RejectionCode.ReasonRequired when decision == "attach" => "note",
        RejectionCode.InvalidEvidence when decision == "attach" => "attach",
        RejectionCode.ReasonRequired => decision is "appeal" or "contest" && string.IsNullOrWhiteSpace(Form.Statement) ? "statement" : "reason",
        RejectionCode.InvalidEvidence => "evidence",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancel)
    {
        if (!await LoadAsync(key, cancel))
        {
            return NotFound();
        }

        Form.Show(Case.Sanctions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string decision, List<IFormFile> files, CancellationToken cancel)
    {
        if (!await LoadAsync(key, cancel))
        {
            return NotFound();
        }

        if (Form.Version != Case.Version)
        {
            Error = texts["Case.Stale"].Value;
            return Page();
        }

        List<EvidenceRef> attached = await KeptAsync(cancel);
        if (attached.Count + files.Count > MaxFiles)
        {
            Error = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts["Evidence.TooMany"], MaxFiles);
            ErrorField = "evidence";
            Kept = attached;
            return Page();
        }

        foreach (IFormFile file in decision is "appeal" or "contest" or "attach" ? files : [])
        {
            await using Stream content = file.OpenReadStream();
            EvidenceUploadResult saved = await evidence.HandleAsync(_key, Me, file.FileName, file.ContentType, file.Length, content, cancel);
            if (!saved.Ok)
            {
                Error = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts["Evidence." + saved.Status], EvidenceUpload.DisplayName(file.FileName),
                    Display.Bytes(evidenceLimits.MaxBytes), Display.Types(evidenceLimits.AllowedTypes));
                ErrorField = decision == "attach" ? "attach" : "evidence";
                Kept = attached;
                return Page();
            }

            attached.Add(saved.Evidence!);
        }

        if (Form.ToCommand(decision, attached) is not { } command)
        {
            return BadRequest();
        }

        Stage before = Case.Stage;
        CommandResult result = await handler.HandleAsync(_key, command, Me, cancel);
        switch (result.Status)
        {
            case CommandStatus.Done:
                TempData["Notice"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts["Case.SavedCase"], Key);
                if (!Form.Next || before == Stage.Closed)
                {
                    return Redirect($"/cases/{Key}");
                }

                if (await next.NextAsync(before, Me, cancel) is { } following)
                {
                    TempData["Notice"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts["Case.SavedCaseThenNext"], Key);
                    return Redirect($"/cases/{following}");
                }

                return Redirect($"/work?stage={before}");
            case CommandStatus.Rejected:
                Error = Display.Text(result.Rejection!);
                ErrorField = FieldOf(result.Rejection!.Code, decision);
                break;
            case CommandStatus.Conflict:
                Error = texts["Case.Stale"].Value;
                break;
            default:
                return NotFound();
        }

        Kept = attached;
        await LoadAsync(key, cancel);
        if (decision == "receipt")
        {
            Form.Show(Case.Sanctions); // the correction form beside it starts again from what was ordered
        }

        return Page();
    }

    /// <summary>The files the form says it uploaded before, each only if it is this case's (another case's name is dropped).</summary>
    private async Task<List<EvidenceRef>> KeptAsync(CancellationToken cancel)
    {
        var kept = new List<EvidenceRef>();
        foreach (string blob in Form.Uploaded.Distinct(StringComparer.Ordinal).Take(MaxFiles))
        {
            if (EvidenceNames.IsOf(_key, blob) && await evidenceFiles.FindAsync(_key, blob, cancel) is { } file)
            {
                kept.Add(file);
            }
        }

        return kept;
    }

    /// <summary>Claim, release, or (supervisors) assign the case: a work-list note, not a decision; not for facility users, as in the API.</summary>
    public async Task<IActionResult> OnPostClaimAsync(string key, string claim, string? assignee, CancellationToken cancel)
    {
        if (!await LoadAsync(key, cancel))
        {
            return NotFound();
        }

        if (Me.Role == Role.Facility)
        {
            return Forbid();
        }

        AssignmentResult result = claim switch
        {
            "take" => await claims.ClaimAsync(_key, Me, cancel),
            "release" => await claims.ReleaseAsync(_key, Me, cancel),
            "assign" => await claims.AssignAsync(_key, assignee?.Trim() ?? "", Me, cancel),
            _ => AssignmentResult.NotFound,
        };
        switch (result.Status)
        {
            case CommandStatus.Done:
                return Redirect($"/cases/{Key}");
            case CommandStatus.Rejected:
                Error = Display.Text(result.Rejection!);
                break;
            case CommandStatus.Conflict:
                Error = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts["Case.ClaimedBy"], result.Assignment?.UserId);
                break;
            default:
                return NotFound();
        }

        return Page();
    }

    /// <summary>Whether this user acts in the case's current stage (which forms to show; the flow decides the rest).</summary>
    public bool Acts(Role role) => Me.Role == role;

    private async Task<bool> LoadAsync(string key, CancellationToken cancel)
    {
        Actor? me = signedIn.Actor(User);
        if (!CaseAccess.TryOpen(key, me, out CaseKey k) || await cases.GetAsync(k, cancel) is not { } stored)
        {
            return false;
        }

        CaseSight sight = votes.For(me!, stored.Case, await cases.EventsAsync(k, cancel));
        (Me, _key, Key, Case, Events, Assignment, VotesHidden) = (me!, k, k.ToString(), sight.Case, sight.Events, stored.Assignment, sight.VotesHidden);
        Tally = (sight.VotesCast, review.PanelSize, review.PanelMajority);
        Settlement = await settlements.GetAsync(stored, cancel);
        return true;
    }
}
