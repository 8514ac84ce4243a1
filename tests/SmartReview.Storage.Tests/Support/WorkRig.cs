using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Cases;

namespace SmartReview.Storage.Tests.Support;

/// <summary>Reviewers' work on a <see cref="CaseRig"/>: claims, the queue, next case and bulk decisions on the same tables and clock.</summary>
internal sealed class WorkRig
{
    private WorkRig(CaseRig cases)
    {
        Cases = cases;
        Claims = new AssignmentHandler(cases.Store, new TableCaseAssignments(cases.Account, cases.Clock), new PeopleDirectory(), cases.Settings, WorkingCalendar.China, cases.Clock);
        Queries = new TableCaseQueries(cases.Account);
        Next = new NextCase(Queries, cases.Store, Claims);
        Bulk = new BulkDecision(cases.Store, cases.Commands);
    }

    public CaseRig Cases { get; }
    public AssignmentHandler Claims { get; }
    public TableCaseQueries Queries { get; }
    public NextCase Next { get; }
    public BulkDecision Bulk { get; }

    public static async Task<WorkRig> CreateAsync(AzuriteFixture azurite) => new(await CaseRig.CreateAsync(azurite));

    public async Task<CaseAssignment?> AssignmentOfAsync(CaseKey key) => (await Cases.Store.GetAsync(key, CancellationToken.None))!.Assignment;

    /// <summary>The keys of a stage's work list as the query reads it, all pages.</summary>
    public async Task<string[]> ListAsync(CaseQuery query)
    {
        var keys = new List<string>();
        string? continuation = null;
        do
        {
            CasePage page = await Queries.QueueAsync(query with { Continuation = continuation }, CancellationToken.None);
            keys.AddRange(page.Items.Select(i => i.Key));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return [.. keys];
    }

    /// <summary>A case first-reviewed (confirmed) by <paramref name="reviewer"/> and appealed: now in re-review.</summary>
    public async Task<CaseKey> InReReviewAsync(Actor reviewer, string facility = "H33010000001")
    {
        CaseKey key = await Cases.OpenAsync(facility);
        Assert.Equal(CommandStatus.Done, (await Cases.DoAsync(key, new ConfirmFlag(500m, "确认违规"), reviewer)).Status);
        Assert.Equal(CommandStatus.Done, (await Cases.DoAsync(key, new FileAppeal("申诉", []), People.Facility(facility))).Status);
        return key;
    }
}
