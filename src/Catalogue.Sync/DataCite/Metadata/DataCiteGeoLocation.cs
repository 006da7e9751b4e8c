namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>A spatial coverage: a named place, a point and/or a bounding box (longitude ∈ [-180,180], latitude ∈ [-90,90]).</summary>
public sealed record DataCiteGeoLocation(string? Place = null, DataCiteGeoPoint? Point = null, DataCiteGeoBox? Box = null);

public sealed record DataCiteGeoPoint(double Longitude, double Latitude);

public sealed record DataCiteGeoBox(double WestLongitude, double EastLongitude, double SouthLatitude, double NorthLatitude);
