/** A map frame as west, south, east, north in degrees (the link's `bounds`, a slide's frame). */
export type MapBounds = [number, number, number, number];
