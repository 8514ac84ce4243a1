using SmartReview.Application.Reports;

namespace SmartReview.Application.Ports;

/// <summary>
/// The dashboard's stored figures: each facility's <see cref="FigureSums"/>, counted after a mark that every write of
/// its cases or ledger leaves (<see cref="MarkAsync"/>), and the settlements screened. <see cref="FigureRefresher"/>
/// counts the marked facilities again; pages only read (docs/decisions/0023).
/// </summary>
public interface IFigureStore
{
    /// <summary>Records that these facilities' cases or ledger changed (a blind write; called after every case write).</summary>
    Task MarkAsync(IEnumerable<string> facilityIds, CancellationToken cancel);

    /// <summary>The facilities marked changed and not counted since.</summary>
    Task<IReadOnlyList<FigureMark>> MarksAsync(CancellationToken cancel);

    /// <summary>
    /// Stores a facility's sums counted after <paramref name="mark"/> was read, with its name when known (null keeps the
    /// stored one); false, storing nothing, when sums counted after a later mark are stored already.
    /// </summary>
    Task<bool> SaveAsync(FigureMark mark, FigureSums sums, string? name, CancellationToken cancel);

    /// <summary>Removes the mark, unless the facility was marked again since it was read.</summary>
    Task ClearAsync(FigureMark mark, CancellationToken cancel);

    Task SaveScreenedAsync(long screened, CancellationToken cancel);

    /// <summary>Everything stored: every facility's sums and name, the settlements screened (null before the first count), the marks pending.</summary>
    Task<StoredFigures> ReadAsync(CancellationToken cancel);

    /// <summary>The facility names known so far, by id.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancel);

    /// <summary>Every facility with cases, counted or not.</summary>
    IAsyncEnumerable<string> FacilitiesAsync(CancellationToken cancel);
}
