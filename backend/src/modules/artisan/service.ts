import { MedusaService } from "@medusajs/framework/utils"
import { Artisan } from "./models/artisan"
import { ArtisanGroup } from "./models/artisan-group"
import { OutputRecord } from "./models/output-record"
import { PieceRate } from "./models/piece-rate"
import { PublicConsent } from "./models/public-consent"
import { ServiceSegment } from "./models/service-segment"
import { Task } from "./models/task"

class ArtisanModuleService extends MedusaService({
  ArtisanGroup,
  Artisan,
  ServiceSegment,
  PublicConsent,
  Task,
  PieceRate,
  OutputRecord,
}) {}

export default ArtisanModuleService
