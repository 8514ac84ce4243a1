namespace SmartReview.Review;

/// <summary>Agreement handling (协议处理) under the designated-facility rules of 2020.</summary>
public enum AgreementMeasure
{
    /// <summary>约谈: an interview with the facility's managers.</summary>
    Interview,

    /// <summary>限期整改: rectification by a date (<see cref="AgreementAction.Until"/>).</summary>
    Rectification,

    /// <summary>违约金: liquidated damages, an amount (<see cref="AgreementAction.Amount"/>); a ledger kind of its own.</summary>
    LiquidatedDamages,

    /// <summary>暂停拨付: payments to the facility withheld.</summary>
    WithholdPayment,

    /// <summary>暂停科室医保服务: a department's insured services suspended for some months (<see cref="AgreementAction.Months"/>).</summary>
    SuspendDepartment,

    /// <summary>中止协议: the service agreement suspended.</summary>
    SuspendAgreement,

    /// <summary>解除协议: the service agreement ended.</summary>
    TerminateAgreement,
}
