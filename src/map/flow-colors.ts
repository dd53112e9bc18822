/** The flow ramp, light to dark by victims (ordered for every colour vision: see palettes test). */
export const FLOW_COLORS = ['#fde2c4', '#f9a66c', '#e8642e', '#b8330f', '#7a1703'];
