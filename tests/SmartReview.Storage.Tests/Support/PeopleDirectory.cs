using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Storage.Tests.Support;

/// <summary>The <see cref="People"/> as a user directory, for assignments.</summary>
internal sealed class PeopleDirectory : IUserDirectory
{
    private static readonly Actor[] Known = [People.Reviewer1, People.Reviewer2, People.Supervisor, .. People.Panel];

    public ValueTask<Actor?> FindAsync(string userId, CancellationToken cancel) => ValueTask.FromResult(Known.FirstOrDefault(a => a.Id == userId));
}
