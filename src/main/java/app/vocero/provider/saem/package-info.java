/**
 * Saem "API Call Blasting" ({@code https://apicallb.saem.tel}): {@link app.vocero.provider.saem.SaemPlan} with its
 * pre-flight ({@link app.vocero.provider.saem.SaemRules}), exact bodies ({@link app.vocero.provider.saem.SaemPayloads},
 * {@link app.vocero.provider.saem.SaemMultipart}, {@link app.vocero.provider.saem.SaemParquet}) and error codes
 * ({@link app.vocero.provider.saem.SaemErrors}).
 *
 * <p>Where the document is silent, these readings were chosen, each in one place:
 * <ul>
 *   <li>{@code dateStart}/{@code dateEnd}: {@code yyyy-MM-dd HH:mm:ss} local to {@code gmt} —
 *       {@link app.vocero.provider.saem.SaemClock#DATE_TIME}.</li>
 *   <li>{@code gmt}: the offset of the draft's zone at the first window's start; later windows are converted to
 *       that offset so they keep their real time across a clock change — {@link app.vocero.provider.saem.SaemClock}.</li>
 *   <li>{@code configReview}: an array of condition strings, always sent (empty without retries).</li>
 *   <li>One request carries every window; Saem creates one campaign per window, all named {@code nameCampaign}.</li>
 *   <li>{@code prefix} is text ({@code "57"}), {@code numbers} are national digits as text.</li>
 *   <li>{@code resource_name}: {@link app.vocero.provider.saem.SaemCampaign#RESOURCE_NAME}.</li>
 *   <li>Parquet: form field {@link app.vocero.provider.saem.SaemMultipart#FILE_FIELD}, fixed
 *       {@link app.vocero.provider.saem.SaemMultipart#BOUNDARY}, fields before the file, string columns, codec
 *       {@link app.vocero.provider.saem.SaemParquet#CODEC}.</li>
 *   <li>Answers ({@link app.vocero.provider.saem.SaemClient}): fields at the top level or in {@code data}; campaign
 *       id from {@link app.vocero.provider.saem.SaemClient#CAMPAIGN_ID_FIELDS}, audio id from
 *       {@link app.vocero.provider.saem.SaemClient#AUDIO_ID_FIELDS}, error code from
 *       {@link app.vocero.provider.saem.SaemClient#ERROR_CODE_FIELDS}; no harmless call, no tracking.</li>
 * </ul>
 */
package app.vocero.provider.saem;
