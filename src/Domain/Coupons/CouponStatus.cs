namespace FluxStore.Management.Domain.Coupons;

public enum CouponStatus
{
    Active,
    Inactive,
    Expired,
    Scheduled,
}
