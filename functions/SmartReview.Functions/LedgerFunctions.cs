using Microsoft.Azure.Functions.Worker;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Ledger;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>
/// <c>GET /api/ledger</c>, <c>GET /api/ledger/owed</c> (<see cref="LedgerApi"/>: supervisors, administrators, a facility
/// its own) and <c>GET /api/sanction-rules</c> (<see cref="SanctionRulesApi"/>: any of the five roles).
/// </summary>
internal sealed class LedgerFunctions(ICaseStore cases, ReviewSettings review, SignedIn signedIn)
{
    private static readonly Role[] Readers = [Role.Supervisor, Role.Administrator, Role.Facility];
    private static readonly Role[] AnyRole = [Role.Reviewer, Role.Facility, Role.PanelMember, Role.Supervisor, Role.Administrator];

    [Function("Ledger")]
    public async Task<IResult> EntriesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ledger")] HttpRequest request, CancellationToken cancel) =>
        CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, Readers, out Actor actor)
        ?? await LedgerApi.EntriesAsync(request.Query["facility"], request.Query["month"], actor, cases, cancel);

    [Function("Owed")]
    public async Task<IResult> OwedAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ledger/owed")] HttpRequest request, CancellationToken cancel) =>
        CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, Readers, out Actor actor)
        ?? await LedgerApi.OwedAsync(request.Query["facility"], request.Query["month"], actor, cases, cancel);

    [Function("SanctionRules")]
    public IResult SanctionRules([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sanction-rules")] HttpRequest request)
    {
        if (CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, AnyRole, out Actor actor) is { } refused)
        {
            return refused;
        }

        string? loss = request.Query["loss"];
        return string.IsNullOrEmpty(loss) ? SanctionRulesApi.Get(null, actor, review)
            : decimal.TryParse(loss, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out decimal l)
                ? SanctionRulesApi.Get(l, actor, review)
                : Edge.Problems.BadRequest("loss is an amount in yuan");
    }
}
