using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartReview.Application.Cases;
using SmartReview.Edge.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Web;

/// <summary>
/// A page that opens a case by hand through <see cref="CaseOpener"/>, the handler <c>POST /api/cases</c> calls: on
/// success to the new case's page with a notice, otherwise the form again with the refusal at its field.
/// </summary>
internal abstract class OpeningPage(CaseOpener opener, SignedIn signedIn, IStringLocalizer<Ui> texts) : PageModel
{
    [BindProperty]
    public OpeningForm Form { get; set; } = new();

    /// <summary>Why the case was not opened, in the reader's language.</summary>
    public string? Error { get; private set; }

    /// <summary>The field the error is about ("origin", "facilityId", "settlementId", "amount", "statement"), or null.</summary>
    public string? ErrorField { get; private set; }

    /// <summary>The signed-in user as the review flow's actor.</summary>
    public Actor Me => signedIn.Actor(User)!;

    /// <summary>The notice's text key, with the new case's key in it.</summary>
    protected abstract string SavedText { get; }

    protected async Task<IActionResult> OpenAsync(CancellationToken cancel)
    {
        CaseOpening opened = await opener.HandleAsync(Form.ToRequest(Me), Me, cancel);
        if (opened.Ok)
        {
            TempData["Notice"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts[SavedText], opened.Key);
            return Redirect($"/cases/{opened.Key}");
        }

        (Error, ErrorField) = (Display.Text(opened.Rejection!), opened.Field);
        return Page();
    }
}
