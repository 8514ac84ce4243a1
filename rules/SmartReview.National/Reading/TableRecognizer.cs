namespace SmartReview.National.Reading;

/// <summary>
/// Which table a file holds, from its header alone (names, order and case of files do not matter): feedetl_sn → fee
/// lines; oprn_oprt_code → operations; diag_code → diagnoses; setl_id with medfee_sumamt → settlements; mdtrt_id with
/// begntime or begndate → visits.
/// </summary>
internal static class TableRecognizer
{
    public static NationalTable? Recognise(HeaderMap header)
    {
        if (header.Has("feedetl_sn"))
        {
            return NationalTable.FeeLine;
        }

        if (header.Has("oprn_oprt_code"))
        {
            return NationalTable.Operation;
        }

        if (header.Has("diag_code"))
        {
            return NationalTable.Diagnosis;
        }

        if (header.Has("setl_id") && header.Has("medfee_sumamt"))
        {
            return NationalTable.Settlement;
        }

        return header.Has("mdtrt_id") && (header.Has("begntime") || header.Has("begndate")) ? NationalTable.Visit : null;
    }
}
