using Azure.Data.Tables;

namespace SmartReview.Storage.Cases;

/// <summary>The facilities that have cases: one partition, row = facility key. Lets sweeps visit every facility partition.</summary>
internal static class FacilityRows
{
    public const string Partition = "facility";

    public static TableEntity Of(string facilityId) => new(Partition, CaseRows.Partition(facilityId)) { ["FacilityId"] = facilityId };
}
