namespace FluxStore.Management.Domain.Coupons;

public sealed class CouponPackage
{
    private CouponPackage()
    {
    }

    public CouponPackage(Guid couponId, Guid packageId)
    {
        CouponId = couponId;
        PackageId = packageId;
    }

    public Guid CouponId { get; private set; }

    public Guid PackageId { get; private set; }
}
